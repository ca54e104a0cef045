import type { IExecuteSingleFunctions } from 'n8n-workflow';

import type { MultiStep } from '../../shared/send/operations';
import { binaryFile, safeFileName, urlFile } from './fileSource';
import type { FileData } from './fileSource';
import { withInputErrors } from '../../shared/send/shapeError';
import type { FileType } from './fileUpload';
import { describeFile, sendToStorage } from './fileUpload';
import { requireHttpUrl } from '../../shared/api/validation';

/** File → Upload's source: the input item's binary field, or a link downloaded first. */
async function fileToUpload(ctx: IExecuteSingleFunctions): Promise<FileData> {
	const options = ctx.getNodeParameter('options', {}) as { fileName?: string };
	const file =
		ctx.getNodeParameter('source', 'binary') === 'url'
			? await urlFile(ctx, requireHttpUrl(ctx.getNodeParameter('fileUrl', ''), 'File URL'), 'File URL')
			: await binaryFile(ctx, String(ctx.getNodeParameter('binaryPropertyName', 'data')), 'Input Binary Field');
	return options.fileName?.trim() ? { ...file, name: safeFileName(options.fileName) } : file;
}

/** File → Upload: the file is read first (bad input stops before any request), then both steps. */
export const uploadFlow: MultiStep = async (ctx, { call, itemIndex }) => {
	const file = await withInputErrors(ctx, async () => await fileToUpload(ctx));
	const key = await sendToStorage(ctx, await call(), file, itemIndex);
	const { fileType } = ctx.getNodeParameter('options', {}) as { fileType?: FileType | 'auto' };
	return [{ json: describeFile(file, key, fileType ?? 'auto') }];
};
