import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { MultiStep } from '../../shared/send/operations';
import { fileNameFromDisposition, safeFileName } from './fileSource';

interface FullResponse {
	body: unknown;
	headers: IDataObject;
}

/**
 * Chat Export → Download: Pachca answers 302 with a short-lived link to the archive, usually on a
 * storage host. The redirect is followed with the token dropped when the host changes, and the
 * archive comes out as binary data (retries and errors as for every operation).
 */
export const downloadExport: MultiStep = async (ctx, { options, itemIndex, call }) => {
	const property = String(ctx.getNodeParameter('exportBinaryPropertyName', 'data')).trim();
	if (property === '') {
		throw new NodeOperationError(ctx.getNode(), 'Put Output File in Field is empty.', {
			itemIndex,
			description: 'Enter a field name for the archive, for example data.',
		});
	}
	// The request the fields built, asking for bytes; the token is not sent on to another host.
	const request = {
		...options,
		headers: { ...options.headers, Accept: '*/*' },
		encoding: 'arraybuffer' as const,
		json: false,
		sendCredentialsOnCrossOriginRedirect: false,
	};
	const response = (await call({ request, fullResponse: true })) as FullResponse;
	const exportId = Number((options.url ?? '').split('/').pop());
	const data = Buffer.from(response.body as ArrayBuffer);
	const fileName = safeFileName(
		fileNameFromDisposition(response.headers['content-disposition']) ?? '',
		`pachca-export-${exportId}.zip`,
	);
	const mimeType = String(response.headers['content-type'] ?? 'application/zip')
		.split(';')[0]
		.trim();
	const binary = await ctx.helpers.prepareBinaryData(data, fileName, mimeType);
	return [
		{
			json: { export_id: exportId, file_name: fileName, mime_type: mimeType, size: data.length },
			binary: { [property]: binary },
		},
	];
};
