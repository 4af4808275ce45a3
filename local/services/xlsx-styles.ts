// New cell styles for the direct .xlsx writer (xlsx-direct.ts): a cell's own xf cloned with another number
// format, weight or background, and the fonts, fills and number formats that needs, appended to styles.xml.
import { Styles, attr, defaultFormats, encodeXml, excelUtils, setAttr } from './sheet-xml';
import { argb } from './xlsx-rules';
import { Unsupported } from './zip';


/** New cellXfs entries (and the fonts, fills and number formats they need) appended to styles.xml. */
export class StyleAdder {
  private added = new Map<string, number>();
  private newXfs: string[] = [];
  private newFonts: string[] = [];
  private newFills: string[] = [];
  private newNumFmts: string[] = [];
  private fonts: string[];
  private fills: string[];
  private nextNumFmt: number;
  private codes = new Map<string, number>();

  constructor(readonly styles: Styles) {
    const list = (tag: string) => [...(new RegExp(`<${tag}s\\b[^>]*>([\\s\\S]*?)</${tag}s>`).exec(styles.xml)?.[1] ?? '').matchAll(new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
    this.fonts = list('font');
    this.fills = list('fill');
    for (const [id, f] of Object.entries(defaultFormats)) if (f.f) this.codes.set(f.f, Number(id));
    for (const [id, code] of styles.numFmts) this.codes.set(code, id);
    this.nextNumFmt = Math.max(163, ...styles.numFmts.keys()) + 1;
  }

  get changed(): boolean {
    return this.newXfs.length > 0;
  }

  numFmtOf(s: number): string {
    return (s ? this.xf(s).numFmt : undefined) ?? 'General';
  }

  isDate(s: number): boolean {
    return s ? this.xf(s).date : false;
  }

  private xf(s: number): { tag: string; numFmt?: string; date: boolean } {
    return this.styles.xfs[s] ?? { tag: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>', date: false };
  }

  /** The style index for a cell of style `s` with these formats applied; `s` when they change nothing. */
  styleFor(s: number, numberFormat: string | undefined, bold: boolean | undefined, background: string | undefined): number {
    if (!this.styles.xml) throw new Unsupported('libro sin estilos');
    const key = `${s}|${numberFormat ?? ''}|${bold ?? ''}|${background ?? ''}`;
    const known = this.added.get(key);
    if (known !== undefined) return known;
    const base = this.xf(s);
    let tag = base.tag;
    let numFmt = base.numFmt;
    const open = /^<xf\b[^>]*?\/?>/.exec(tag)![0];
    let head = open;
    if (numberFormat !== undefined && numberFormat !== (base.numFmt ?? 'General')) {
      let id = this.codes.get(numberFormat);
      if (id === undefined) {
        id = this.nextNumFmt++;
        this.codes.set(numberFormat, id);
        this.newNumFmts.push(`<numFmt numFmtId="${id}" formatCode="${encodeXml(numberFormat)}"/>`);
      }
      head = setAttr(setAttr(head, 'numFmtId', String(id)), 'applyNumberFormat', '1');
      numFmt = numberFormat;
    }
    if (bold !== undefined) {
      const fontId = Number(attr(head, 'fontId') ?? 0);
      const font = this.fonts[fontId] ?? '<font/>';
      if (/<b\s*\/>|<b\s+val="(1|true)"/.test(font) !== bold) {
        const changed = bold ? (font.endsWith('/>') ? '<font><b/></font>' : font.replace(/^<font\b[^>]*>/, (m) => `${m}<b/>`)) : font.replace(/<b\b[^>]*\/>/g, '');
        head = setAttr(setAttr(head, 'fontId', String(this.indexIn(this.fonts, this.newFonts, changed))), 'applyFont', '1');
      }
    }
    if (background !== undefined) {
      const fill = `<fill><patternFill patternType="solid"><fgColor rgb="${argb(background)}"/></patternFill></fill>`;
      head = setAttr(setAttr(head, 'fillId', String(this.indexIn(this.fills, this.newFills, fill))), 'applyFill', '1');
    }
    let out = s;
    if (head !== open) {
      tag = head + tag.slice(open.length);
      out = this.styles.xfs.length;
      this.styles.xfs.push({ tag, numFmt, date: numFmt ? excelUtils.isDateFmt(numFmt) : false });
      this.newXfs.push(tag);
    }
    this.added.set(key, out);
    return out;
  }

  private indexIn(list: string[], added: string[], xml: string): number {
    const i = list.indexOf(xml);
    if (i >= 0) return i;
    list.push(xml);
    added.push(xml);
    return list.length - 1;
  }

  /** styles.xml with the new entries. */
  xml(): string {
    let xml = this.styles.xml;
    const append = (tag: string, items: string[], total: number) => {
      if (!items.length) return;
      const re = new RegExp(`(<${tag}\\b[^>]*?)(/>|>([\\s\\S]*?)</${tag}>)`);
      if (!re.test(xml)) {
        if (tag !== 'numFmts') throw new Unsupported(`styles.xml sin ${tag}`);
        xml = xml.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="0"></numFmts>`);
      }
      xml = xml.replace(re, (_m, open: string, _rest: string, inner: string | undefined) => `${setAttr(open, 'count', String(total))}>${inner ?? ''}${items.join('')}</${tag}>`);
    };
    append('numFmts', this.newNumFmts, this.styles.numFmts.size + this.newNumFmts.length);
    append('fonts', this.newFonts, this.fonts.length);
    append('fills', this.newFills, this.fills.length);
    append('cellXfs', this.newXfs, this.styles.xfs.length);
    return xml;
  }
}

