// What a sidebar panel is: a tab title and a function that fills its section when the tab is first opened.

export interface Panel {
  /** Used by the menu to open the sidebar on this panel (`#panel-inicial`). */
  id: string;
  title: string;
  /** Fills `root`; called once, the first time the panel is shown. */
  render(root: HTMLElement): void;
}
