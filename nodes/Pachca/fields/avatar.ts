import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError, updateDisplayOptions } from 'n8n-workflow';

import { multipartBody } from '../transport/multipart';
import type { SendingField } from './placeField';
import { placing } from './placeField';

const LABEL = 'Input Binary Field';

/**
 * preSend of an avatar upload: the image in the input item's binary property (named in parameter
 * `field`) becomes the multipart/form-data part `image`, the only field Pachca's avatar methods take.
 */
const attachImage =
	(field: string) =>
	async (ctx: IExecuteSingleFunctions, options: IHttpRequestOptions): Promise<IHttpRequestOptions> => {
		const itemIndex = ctx.getItemIndex();
		const property = String(ctx.getNodeParameter(field, '') ?? '').trim();
		const binary = ctx.getInputData().binary ?? {};
		if (property === '' || !binary[property]) {
			const present = Object.keys(binary);
			throw new NodeOperationError(ctx.getNode(), `${LABEL} "${property}" is not on the input item.`, {
				itemIndex,
				description: present.length
					? `Set ${LABEL} to one of: ${present.join(', ')}.`
					: 'The input item has no binary data. Read or download the image in an earlier node (Read/Write Files, HTTP Request) first.',
			});
		}
		const { mimeType, fileName } = binary[property];
		if (!mimeType.startsWith('image/')) {
			throw new NodeOperationError(ctx.getNode(), `${LABEL} "${property}" is not an image (its type is ${mimeType}).`, {
				itemIndex,
				description: 'Pachca takes a PNG, JPEG or other image as an avatar.',
			});
		}
		const data = await ctx.helpers.getBinaryDataBuffer(property);
		const { body, contentType } = multipartBody([{ name: 'image', fileName: fileName || 'avatar', mimeType, data }]);
		return { ...options, body, headers: { ...(options.headers ?? {}), 'Content-Type': contentType } };
	};

/** The binary field of User → Set Avatar and Profile → Set Avatar (`userBinaryPropertyName`…). */
export function avatarFields(resource: string, operation: string): INodeProperties[] {
	const name = `${resource}BinaryPropertyName`;
	const field: SendingField = {
		displayName: LABEL,
		name,
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the image',
		description: 'Binary property of the input item that holds the image (PNG, JPEG…)',
		// The whole multipart body is the single field `image`.
		send: placing('body:image', attachImage(name)),
	};
	return updateDisplayOptions({ show: { resource: [resource], operation: [operation] } }, [field]);
}
