// Protection: the recorded lock on a range or sheet (descriptions and warning-only kept; editors are not emulated).
import { SheetModel } from '../book';

/** A range's or a sheet's protection; R is the Range kind (range.ts creates protections, so it is not imported here). */
export class Protection<R extends object = object> {
  warningOnly = false;
  description = '';
  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly range: R,
    private readonly owner: SheetModel,
  ) {}
  setWarningOnly(on: boolean) {
    this.warningOnly = on;
    return this;
  }
  isWarningOnly() {
    return this.warningOnly;
  }
  setDescription(text: string) {
    this.description = text;
    return this;
  }
  getDescription() {
    return this.description;
  }
  getRange() {
    return this.range;
  }
  getProtectionType() {
    return this.type;
  }
  remove() {
    this.owner.recorded.protections = this.owner.recorded.protections.filter((p) => p !== this);
  }
  canEdit() {
    return true;
  }
  getEditors() {
    return [];
  }
  addEditor() {
    return this;
  }
  addEditors() {
    return this;
  }
  removeEditors() {
    return this;
  }
  setDomainEdit() {
    return this;
  }
  setUnprotectedRanges() {
    return this;
  }
}
