// The sidebar build's "no other host" check, run on small pages: attributes, CSS url() and @import.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

/** build/sidebar.mjs is an ES module; jest runs CommonJS, so a child node asks it. */
function requestsOtherHost(pages: string[]): (string | null)[] {
  const script = `import { requestsOtherHost } from ${JSON.stringify(join(ROOT, 'build/sidebar.mjs'))};
const pages = JSON.parse(process.argv[1]);
console.log(JSON.stringify(pages.map((p) => requestsOtherHost(p) ?? null)));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(pages)], { encoding: 'utf8' }));
}

const CASES: [string, string, string | null][] = [
  ['an image from another host', '<img src="https://x.example/a.png">', 'src="https://x.example/a.png'],
  ['a protocol-relative link', "<link href='//cdn.example/a.css'>", "href='//cdn.example/a.css"],
  ['a CSS url() without protocol', '<style>a{background:url(//x.example/a.png)}</style>', 'url(//x.example/a.png)'],
  ['a quoted CSS url() over http', '<style>a{background:url( "http://x.example/a.png" )}</style>', 'url( "http://x.example/a.png" )'],
  ['a CSS @import', '<style>@import "https://fonts.example/x.css";</style>', '@import "https://fonts.example/x.css"'],
  ['a data: url and a fragment stay local', '<style>a{background:url(data:image/png;base64,AAAA)}</style><a href="#x">x</a>', null],
];

describe('the sidebar asks nothing of another host', () => {
  test.each(CASES)('%s', (_label, html, want) => expect(requestsOtherHost([html])).toEqual([want]));

  test('the built dist/sidebar.html passes the check', () => {
    expect(requestsOtherHost([readFileSync(join(ROOT, 'dist/sidebar.html'), 'utf8')])).toEqual([null]);
  });
});
