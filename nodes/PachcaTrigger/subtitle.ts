import { TRIGGER_EVENTS } from '../shared/webhooks/events';

/** The canvas subtitle: the picked events by the names the panel shows ("New Message, Button Clicked"). */
export function eventsSubtitle(): string {
	const names: Record<string, string> = {};
	for (const option of TRIGGER_EVENTS) names[String(option.value)] = option.name;
	// n8n's expression syntax takes neither arrow functions nor `??` here.
	return `={{ [].concat($parameter["events"] || []).map(function (event) { return ${JSON.stringify(names)}[event] || event; }).join(", ") }}`;
}
