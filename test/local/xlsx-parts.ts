// Workbooks holding what exceljs cannot write back (a chart, protected ranges, a protected structure), crafted as .xlsx XML with jszip.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { writeFileSync } from 'node:fs';

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>Alumnos!$C$2:$C$3</c:f></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>
</c:plotArea></c:chart></c:chartSpace>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:twoCellAnchor><xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>
<xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Promedios"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdGrafico"/></a:graphicData></a:graphic>
</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;

const rels = (id: string, type: string, target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;

/** A sheet «Alumnos» the add-on can compute, with sheet protection and a drop-down list, which exceljs keeps. */
async function alumnosWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Alumnos');
  ws.addRows([
    ['Nombre', 'Plan', 'Promedio', 'Criterio'],
    ['Ana', 'I', 8.5, 'Sí'],
    ['Luis', 'II', 9.7, 'no'],
  ]);
  await ws.protect('clave', {});
  ws.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"I,II,III"'] };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface Parts {
  chart?: boolean;
  protectedRange?: boolean;
  workbookProtection?: boolean;
}

/** Writes the .xlsx at `path` with the parts asked for, as Excel stores them. */
export async function writeWorkbookWith(path: string, parts: Parts): Promise<void> {
  const zip = await JSZip.loadAsync(await alumnosWorkbook());
  const edit = async (name: string, change: (xml: string) => string) => zip.file(name, change(await zip.file(name)!.async('string')));
  if (parts.chart) {
    zip.file('xl/charts/chart1.xml', CHART);
    zip.file('xl/drawings/drawing1.xml', DRAWING);
    zip.file('xl/drawings/_rels/drawing1.xml.rels', rels('rIdGrafico', 'chart', '../charts/chart1.xml'));
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', rels('rIdDibujo', 'drawing', '../drawings/drawing1.xml'));
    await edit('xl/worksheets/sheet1.xml', (xml) => xml.replace('</worksheet>', '<drawing r:id="rIdDibujo"/></worksheet>'));
    await edit('[Content_Types].xml', (xml) =>
      xml.replace(
        '</Types>',
        '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
      ),
    );
  }
  if (parts.protectedRange) await edit('xl/worksheets/sheet1.xml', (xml) => xml.replace(/(<sheetProtection[^>]*\/>)/, '$1<protectedRanges><protectedRange name="Notas" sqref="C2:C3"/></protectedRanges>'));
  if (parts.workbookProtection) await edit('xl/workbook.xml', (xml) => xml.replace('<sheets>', '<workbookProtection lockStructure="1"/><sheets>'));
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer' }));
}
