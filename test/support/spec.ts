/** What Pachca's OpenAPI spec says about one operation, reduced to what the node must match. */
export interface SpecOperation {
	method: string;
	path: string;
	/** OAuth scope; '' when the operation needs none. */
	scope: string;
	/** False for the upload target, which takes no token. */
	auth: boolean;
	/** Roles allowed to hold the scope (x-scope-roles), when it has one. */
	roles: string[];
	paged: boolean;
	/** Largest `limit`, for paged operations. */
	pageSize?: number;
	query: string[];
	pathParams: string[];
	/** Body fields as dotted paths down to the first field that is not a plain object. */
	body: string[];
}

type Schema = { $ref?: string; allOf?: Schema[]; properties?: Record<string, Schema>; type?: string };
type Spec = {
	paths: Record<
		string,
		Record<
			string,
			{
				parameters?: Array<{ name: string; in: string; schema?: { maximum?: number } }>;
				requestBody?: { content: Record<string, { schema: Schema }> };
				'x-requirements'?: { scope?: string; auth?: boolean };
			}
		>
	>;
	components: { schemas: Record<string, Schema & { 'x-scope-roles'?: Record<string, string[]> }> };
};

function resolve(spec: Spec, schema: Schema | undefined): Schema {
	let current = schema ?? {};
	for (let depth = 0; depth < 10; depth++) {
		if (current.$ref) current = spec.components.schemas[current.$ref.split('/').pop() as string];
		else if (current.allOf?.length === 1 && !current.properties) current = current.allOf[0];
		else break;
	}
	return current;
}

function leaves(spec: Spec, schema: Schema | undefined, prefix = ''): string[] {
	const properties = resolve(spec, schema).properties ?? {};
	return Object.entries(properties).flatMap(([name, child]) => {
		const path = `${prefix}${name}`;
		return resolve(spec, child).properties ? leaves(spec, child, `${path}.`) : [path];
	});
}

/** Every operation of the spec, keyed "METHOD /path". */
export function specOperations(raw: unknown): Map<string, SpecOperation> {
	const spec = raw as Spec;
	const scopeRoles =
		Object.values(spec.components.schemas).find((schema) => schema['x-scope-roles'])?.['x-scope-roles'] ?? {};
	const operations = new Map<string, SpecOperation>();
	for (const [path, methods] of Object.entries(spec.paths)) {
		for (const [method, operation] of Object.entries(methods)) {
			const parameters = operation.parameters ?? [];
			const query = parameters.filter((p) => p.in === 'query').map((p) => p.name);
			const content = Object.values(operation.requestBody?.content ?? {})[0];
			const scope = operation['x-requirements']?.scope ?? '';
			const paged = query.includes('cursor');
			operations.set(`${method.toUpperCase()} ${path}`, {
				method: method.toUpperCase(),
				path,
				scope,
				auth: operation['x-requirements']?.auth !== false,
				roles: scope ? (scopeRoles[scope.replace(/:/g, '_')] ?? []) : [],
				paged,
				pageSize: paged ? parameters.find((p) => p.name === 'limit')?.schema?.maximum : undefined,
				query,
				pathParams: parameters.filter((p) => p.in === 'path').map((p) => p.name),
				body: content ? leaves(spec, content.schema) : [],
			});
		}
	}
	return operations;
}
