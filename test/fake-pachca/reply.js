// @ts-check
'use strict';
// What route handlers return: a status, an optional JSON body and optional headers.

/** @typedef {{ status: number, body?: any, headers?: Record<string, string> }} Reply */

/** `{ data }` with 200. @param {any} data @returns {Reply} */
const ok = (data) => ({ status: 200, body: { data } });

/** `{ data }` with 201. @param {any} data @returns {Reply} */
const created = (data) => ({ status: 201, body: { data } });

/** Any status with a body as-is (list pages, unwrapped objects, bare null). @param {number} status @param {any} body @returns {Reply} */
const json = (status, body) => ({ status, body });

/** 204 (or another empty status) with no body at all. @returns {Reply} */
const empty = (status = 204) => ({ status });

/** @param {string} location @returns {Reply} */
const redirect = (location) => ({ status: 302, headers: { location } });

module.exports = { ok, created, json, empty, redirect };
