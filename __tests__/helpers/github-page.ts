/**
 * Reports as people see them, for layout checks in headless Chromium (Debian's package, through
 * scripts/setup-chromium.sh): markdown rendered as GitHub renders a comment or a job summary
 * (GFM by `marked`, GitHub's table and details styling, ```mermaid blocks drawn by Mermaid
 * itself), and a way to open any page at a given width and measure it.
 */
import { spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { marked } from 'marked'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const MERMAID = join(ROOT, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')

export function chromiumPath(): string | undefined {
  const found = spawnSync('bash', [join(ROOT, 'scripts', 'setup-chromium.sh')], {
    encoding: 'utf8',
    timeout: 600_000
  })
  return found.status === 0 ? found.stdout.trim().split('\n').pop() : undefined
}

// The parts of GitHub's markdown-body style that decide layout: tables scroll inside themselves
// (display:block; width:max-content; max-width:100%) rather than widening the page.
const GITHUB_CSS = `
body{margin:0;background:#fff}
.markdown-body{box-sizing:border-box;max-width:1000px;padding:16px 24px;font:14px/1.5 -apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,"DejaVu Sans",sans-serif;color:#1f2328;word-wrap:break-word}
.markdown-body h3{font-size:1.25em;margin:16px 0 8px}
.markdown-body table{display:block;width:max-content;max-width:100%;overflow:auto;border-spacing:0;border-collapse:collapse;margin:0 0 16px}
.markdown-body td,.markdown-body th{padding:6px 13px;border:1px solid #d1d9e0}
.markdown-body th{font-weight:600}.markdown-body tr:nth-child(2n){background:#f6f8fa}
.markdown-body a{color:#0969da;text-decoration:none}
.markdown-body details{margin:0 0 16px}.markdown-body summary{cursor:pointer}
.markdown-body sub{font-size:75%}
.markdown-body pre.mermaid{background:#fff;margin:0 0 16px}
`

/** A GitHub-like page for a markdown report; every <details> open so charts are laid out. */
export function githubMarkdownPage(markdown: string, mermaidSource: string): string {
  const renderer = new marked.Renderer()
  const base = renderer.code.bind(renderer)
  renderer.code = (token) =>
    token.lang === 'mermaid'
      ? `<pre class="mermaid">${token.text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</pre>`
      : base(token)
  const body = (marked.parse(markdown, { gfm: true, renderer, async: false }) as string).replace(
    /<details>/g,
    '<details open>'
  )
  return [
    '<!doctype html><html><head><meta charset="utf-8">',
    `<style>${GITHUB_CSS}</style></head><body><article class="markdown-body">`,
    body,
    '</article>',
    `<script>${mermaidSource}</script>`,
    '<script>mermaid.initialize({startOnLoad:false});',
    'mermaid.run({querySelector:"pre.mermaid"}).then(()=>{document.body.dataset.ready="1"},(e)=>{document.body.dataset.ready="error:"+e})</script>',
    '</body></html>'
  ].join('\n')
}

export interface PageLayout {
  /** Document width beyond the viewport, in px (0 when nothing overflows). */
  pageOverflow: number
  /** Tables whose content is wider than their box (they scroll), by index. */
  overflowingTables: number[]
  /** Column count of each table's header row. */
  columns: number[]
  /** Mermaid diagrams drawn (SVG elements inside pre.mermaid). */
  mermaidSvgs: number
  /** Mermaid blocks that failed (an error SVG or text). */
  mermaidErrors: number
}

/**
 * Opens `html` at `width` px in headless Chromium, waits (bounded) for Mermaid when the page has
 * any, saves a full-page screenshot to `screenshot` and measures the layout.
 */
export async function measurePage(
  executablePath: string,
  html: string,
  width: number,
  screenshot: string
): Promise<PageLayout> {
  const { chromium } = await import('playwright-core')
  const dir = await mkdtemp(join(tmpdir(), 'chaos-page-'))
  const file = join(dir, 'page.html')
  await writeFile(file, html)
  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    viewport: { width, height: 900 }
  })
  try {
    const page = await context.newPage()
    page.setDefaultTimeout(60_000)
    await page.goto(pathToFileURL(file).href)
    if (html.includes('class="mermaid"')) {
      await page.waitForFunction(() => {
        const d = (globalThis as unknown as { document: { body: { dataset: { ready?: string } } } })
          .document
        return d.body.dataset.ready !== undefined
      })
    }
    await page.screenshot({ path: screenshot, fullPage: true })
    return await page.evaluate(() => {
      type El = {
        scrollWidth: number
        clientWidth: number
        querySelectorAll(s: string): ArrayLike<El>
        textContent: string | null
      }
      const d = (globalThis as unknown as { document: El & { documentElement: El } }).document
      const tables = Array.from(d.querySelectorAll('table'))
      return {
        pageOverflow: Math.max(0, d.documentElement.scrollWidth - d.documentElement.clientWidth),
        overflowingTables: tables
          .map((t, i) => (t.scrollWidth > t.clientWidth + 1 ? i : -1))
          .filter((i) => i >= 0),
        columns: tables.map((t) => t.querySelectorAll('thead th').length),
        mermaidSvgs: d.querySelectorAll('pre.mermaid svg').length,
        mermaidErrors: Array.from(d.querySelectorAll('pre.mermaid')).filter((p) =>
          /Syntax error/i.test(p.textContent ?? '')
        ).length
      }
    })
  } finally {
    await context.close()
    await rm(dir, { recursive: true, force: true })
  }
}

export async function mermaidSource(): Promise<string> {
  return readFile(MERMAID, 'utf8')
}
