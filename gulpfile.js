// Copies node and credential icons next to the compiled files, where n8n looks for them.
const { src, dest, task } = require('gulp');

function copyIcons() {
	return src(['icons/**/*.svg', 'nodes/**/*.{png,svg}', 'credentials/**/*.{png,svg}'], {
		base: '.',
		encoding: false,
	}).pipe(dest('dist'));
}

task('build:icons', copyIcons);
