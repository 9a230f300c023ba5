import { describe, expect, it } from 'vitest';
import { linkPdfs } from '../../src/lib/pdf-links.ts';

const page = [
  '<p><a class="button" href="/presentations/x/?print-pdf" data-pdf="/presentations/x/x.pdf"',
  ' data-pdf-label="Télécharger la présentation (PDF)">Imprimer la présentation</a>',
  '<a class="button" href="/presentations/x/?print-pdf&amp;showNotes=separate-page"',
  ' data-pdf="/presentations/x/x-notes.pdf" data-pdf-label="PDF avec les notes">Imprimer avec les notes</a>',
  '<a href="/presentations/x/">Présenter</a></p>',
].join('');

describe('linkPdfs', () => {
  it('leaves the print view when no PDF was made', () => {
    const result = linkPdfs(page, () => false);
    expect(result.html).toBe(page);
    expect(result.linked).toEqual([]);
    expect(result.missing).toEqual(['/presentations/x/x.pdf', '/presentations/x/x-notes.pdf']);
  });

  it('points each link at its PDF once the file exists, with the download label', () => {
    const result = linkPdfs(page, () => true);
    expect(result.linked).toEqual(['/presentations/x/x.pdf', '/presentations/x/x-notes.pdf']);
    expect(result.missing).toEqual([]);
    expect(result.html).toContain(
      '<a class="button" href="/presentations/x/x.pdf" data-pdf="/presentations/x/x.pdf" data-pdf-label="Télécharger la présentation (PDF)" download>Télécharger la présentation (PDF)</a>',
    );
    expect(result.html).toContain('href="/presentations/x/x-notes.pdf"');
    expect(result.html).toContain('>PDF avec les notes</a>');
    expect(result.html).not.toContain('print-pdf');
    // Other links are untouched.
    expect(result.html).toContain('<a href="/presentations/x/">Présenter</a>');
  });

  it('links only the PDFs that exist', () => {
    const result = linkPdfs(page, (url) => !url.includes('notes'));
    expect(result.linked).toEqual(['/presentations/x/x.pdf']);
    expect(result.missing).toEqual(['/presentations/x/x-notes.pdf']);
    expect(result.html).toContain('showNotes=separate-page');
    expect(result.html).toContain('>Imprimer avec les notes</a>');
  });

  it('can run twice without changing the page again', () => {
    const once = linkPdfs(page, () => true).html;
    expect(linkPdfs(once, () => true).html).toBe(once);
  });
});

describe('linkPdfs, exact edges', () => {
  it('keeps the link text as label when the link names no other label', () => {
    const result = linkPdfs('<a href="/p/?print-pdf" data-pdf="/p/p.pdf">Le PDF</a>', () => true);
    expect(result.html).toBe('<a href="/p/p.pdf" data-pdf="/p/p.pdf" download>Le PDF</a>');
  });

  it('adds no second download attribute to a link that has one, with or without a value', () => {
    const html =
      '<a href="/p/" download class="b" data-pdf="/p/p.pdf">A</a><a href="/p/" download="p.pdf" data-pdf="/p/q.pdf">B</a>';
    expect(linkPdfs(html, () => true).html).toBe(
      '<a href="/p/p.pdf" download class="b" data-pdf="/p/p.pdf">A</a><a href="/p/q.pdf" download="p.pdf" data-pdf="/p/q.pdf">B</a>',
    );
  });

  it('asks for the file with its address decoded from the HTML attribute', () => {
    const asked: string[] = [];
    linkPdfs('<a href="/p/" data-pdf="/p/p.pdf?a=1&amp;b=2">A</a>', (url) => (asked.push(url), false));
    expect(asked).toEqual(['/p/p.pdf?a=1&b=2']);
  });
});
