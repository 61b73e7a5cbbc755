/** Canvas to PNG on a white background (charts draw on a transparent one). */
export function canvasPng(source: HTMLCanvasElement): Promise<Blob> {
  const out = document.createElement('canvas');
  out.width = source.width;
  out.height = source.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(source, 0, 0);
  return new Promise((resolve, reject) =>
    out.toBlob(
      (b) => (b ? resolve(b) : reject(new Error('the browser could not encode a PNG'))),
      'image/png',
    ),
  );
}
