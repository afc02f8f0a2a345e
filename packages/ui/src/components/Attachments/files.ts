/** A library file's same-origin path (bundles may write files/x.pdf or /files/x.pdf). */
export function fileHref(file: string): string {
  return `/${file.replace(/^\/+/, '')}`;
}

const kinds: Record<string, string> = {
  pdf: 'PDF', doc: 'Word', docx: 'Word', xls: 'Excel', xlsx: 'Excel', wps: 'WPS', et: 'WPS表格', ofd: 'OFD', zip: '压缩包', png: '图片', jpg: '图片', jpeg: '图片',
};

/** The file type a citizen recognises, from the extension. */
export function fileKind(file: string): string {
  const ext = file.split('.').pop()?.toLowerCase() ?? '';
  return kinds[ext] ?? ext.toUpperCase();
}
