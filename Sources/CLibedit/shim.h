#ifndef BYLINE_CLIBEDIT_SHIM_H
#define BYLINE_CLIBEDIT_SHIM_H

#include <stdio.h>
#include <editline/readline.h>

// libedit exposes its settings as mutable C globals, which Swift 6 refuses to touch because they
// are not concurrency-safe. These inline accessors are the one place they are read and written;
// the shell calls them only from the thread that runs the line editor.

typedef char **(*byline_completion_function)(const char *, int, int);

static inline void byline_rl_set_completion_function(byline_completion_function function) {
  rl_attempted_completion_function = function;
}
static inline void byline_rl_set_readline_name(const char *name) { rl_readline_name = name; }
static inline void byline_rl_set_attempted_completion_over(int value) {
  rl_attempted_completion_over = value;
}
static inline void byline_rl_set_completion_append_character(int value) {
  rl_completion_append_character = value;
}
// The characters that end a word for completion; must match Completer.wordBreakCharacters.
static char byline_word_break_characters[] = " \t\n|'\"=";
static inline void byline_rl_use_word_break_characters(void) {
  rl_completer_word_break_characters = byline_word_break_characters;
  rl_basic_word_break_characters = byline_word_break_characters;
}
static inline void byline_rl_set_catch_signals(int value) { rl_catch_signals = value; }
static inline const char *byline_rl_line_buffer(void) { return rl_line_buffer; }
static inline int byline_rl_point(void) { return rl_point; }
static inline int byline_history_length(void) { return history_length; }
static inline int byline_history_base(void) { return history_base; }

#endif
