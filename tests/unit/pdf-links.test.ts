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
