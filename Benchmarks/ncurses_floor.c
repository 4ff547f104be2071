/* The start-up floor for `LossLabBench app`: start ncurses, draw one full screen, wait for a key, exit. */
#include <locale.h>
#include <ncursesw/curses.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    for (int y = 0; y < LINES - 1; y++)
        for (int x = 0; x < COLS; x++) mvaddch(y, x, 'a' + (x + y) % 26);
    mvaddstr(LINES - 1, 0, "floor frame drawn: quit");
    refresh();
    getch();
    endwin();
    return 0;
}
