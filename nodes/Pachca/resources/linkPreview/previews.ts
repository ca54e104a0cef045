import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { binaryFile } from '../../transport/fileSource';
import { AUTHENTICATE_AS_PATH } from '../../../shared/send/planCall';
import type { AuthenticateAs } from '../../../shared/api/tokens';
import { uploadFile } from '../../transport/fileUpload';
import { InputError, requireHttpUrl } from '../../../shared/api/validation';

export interface PreviewUi {
	url?: string;
	title?: string;
	description?: string;
	image?: 'none' | 'url' | 'binary';
	imageUrl?: string;
	imageBinary?: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** Checks `link_previews` as Pachca takes it: URL → { title, description, image_url | image }. */
export function checkPreviews(value: unknown, label: string): IDataObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.keys(value).length === 0) {
		throw new InputError(
			`${label} must be an object keyed by the links of the message, e.g. {"https://example.com/a": {"title": "…", "description": "…"}}.`,
		);
	}
	for (const [url, preview] of Object.entries(value as IDataObject)) {
		requireHttpUrl(url, `${label}: the key "${url}"`);
		const entry = (typeof preview === 'object' && preview !== null ? preview : {}) as IDataObject;
		for (const field of ['title', 'description']) {
			if (!isText(entry[field]))
				throw new InputError(
					`${label}: the preview of ${url} has no ${field}. Pachca needs a title and a description.`,
				);
		}
		if (entry.image_url !== undefined) requireHttpUrl(entry.image_url, `${label}: image_url of ${url}`);
		const image = entry.image as IDataObject | undefined;
		if (image !== undefined && !(isText(image?.key) && isText(image?.name))) {
			throw new InputError(
				`${label}: image of ${url} needs the key and name of an uploaded file (File → Upload), or use image_url.`,
			);
		}
	}
	return value as IDataObject;
}

/** Previews from the builder; images from a binary field are uploaded to Pachca first. */
export async function previewsFromUi(
	ctx: IExecuteSingleFunctions,
	entries: PreviewUi[],
	label: string,
): Promise<IDataObject> {
	if (entries.length === 0)
		throw new InputError(`${label} is empty. Add a preview for at least one link of the message.`);
	const previews: IDataObject = {};
	const uploads: Array<[IDataObject, string]> = [];
	entries.forEach((entry, index) => {
		const url = requireHttpUrl(entry.url, `${label}: link of preview ${index + 1}`);
		if (url in previews) throw new InputError(`${label}: ${url} has two previews. Keep one per link.`);
		const preview: IDataObject = { title: entry.title ?? '', description: entry.description ?? '' };
		if (entry.image === 'url')
			preview.image_url = requireHttpUrl(entry.imageUrl, `${label}: image URL of preview ${index + 1}`);
		if (entry.image === 'binary') uploads.push([preview, entry.imageBinary ?? '']);
		previews[url] = preview;
	});
	checkPreviews(previews, label);
	const files = [];
	for (const [, field] of uploads) files.push(await binaryFile(ctx, field, `${label}: image binary field`));
	const as = ctx.getNodeParameter(AUTHENTICATE_AS_PATH, 'auto') as AuthenticateAs;
	for (const [index, [preview]] of uploads.entries()) {
		const { key, name, size } = await uploadFile(ctx, files[index], as);
		preview.image = { key, name, size };
	}
	return previews;
}
