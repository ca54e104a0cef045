import { imageSize } from '../../../../nodes/Pachca/transport/imageSize';
import { pngHeader } from '../../../support/files';

function gif(width: number, height: number): Buffer {
	const bytes = Buffer.alloc(13);
	bytes.write('GIF89a', 0, 'ascii');
	bytes.writeUInt16LE(width, 6);
	bytes.writeUInt16LE(height, 8);
	return bytes;
}

/** SOI, an APP0 segment to skip, then a baseline start-of-frame with the size. */
function jpeg(width: number, height: number): Buffer {
	const app0 = Buffer.from([0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF\0'), 1, 1, 0, 0, 1, 0, 1, 0, 0]);
	const sof = Buffer.alloc(19);
	sof.set([0xff, 0xc0, 0x00, 0x11, 0x08]);
	sof.writeUInt16BE(height, 5);
	sof.writeUInt16BE(width, 7);
	return Buffer.concat([Buffer.from([0xff, 0xd8]), app0, sof]);
}

function webp(chunk: 'VP8X' | 'VP8L' | 'VP8 ', width: number, height: number): Buffer {
	const bytes = Buffer.alloc(32);
	bytes.write('RIFF', 0, 'ascii');
	bytes.write('WEBP', 8, 'ascii');
	bytes.write(chunk, 12, 'ascii');
	if (chunk === 'VP8X') {
		bytes.writeUIntLE(width - 1, 24, 3);
		bytes.writeUIntLE(height - 1, 27, 3);
	} else if (chunk === 'VP8L') {
		bytes.writeUInt32LE(((height - 1) << 14) | (width - 1), 21);
	} else {
		bytes.writeUInt16LE(width, 26);
		bytes.writeUInt16LE(height, 28);
	}
	return bytes;
}

describe('imageSize', () => {
	it.each([
		['PNG', pngHeader(800, 600)],
		['GIF', gif(800, 600)],
		['JPEG', jpeg(800, 600)],
		['WebP (extended)', webp('VP8X', 800, 600)],
		['WebP (lossless)', webp('VP8L', 800, 600)],
		['WebP (lossy)', webp('VP8 ', 800, 600)],
	])('reads the size of a %s', (_format, bytes) => {
		expect(imageSize(bytes)).toEqual({ width: 800, height: 600 });
	});

	it.each([
		['text', Buffer.from('just text, not an image')],
		['a cut-off JPEG', jpeg(800, 600).subarray(0, 12)],
		['an empty buffer', Buffer.alloc(0)],
	])('gives nothing for %s', (_case, bytes) => {
		expect(imageSize(bytes)).toBeUndefined();
	});
});
