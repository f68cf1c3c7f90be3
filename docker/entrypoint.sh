#!/bin/sh
# The container's entry point: `python -m bot <command>` (run by default). Before `run` it checks
# that the data directory (inbox, heartbeat, a SQLite analytics file) is writable, and says what to
# do when it is not. The directory is DATA_DIR (set in the image), else the folder of ANALYTICS_DB.
set -eu
[ "$#" -gt 0 ] || set -- run
if [ "$1" = "run" ]; then
    data_dir=${DATA_DIR:-$(dirname "${ANALYTICS_DB:-/app/data/analytics.sqlite3}")}
    if ! ( mkdir -p "$data_dir" && touch "$data_dir/.write-test" && rm -f "$data_dir/.write-test" ) 2>/dev/null; then
        echo "Ошибка: каталог $data_dir недоступен для записи пользователю $(id -u):$(id -g). Выполните на хосте: sudo chown -R $(id -u):$(id -g) <каталог, смонтированный в $data_dir> (или используйте именованный том, как в compose.yaml)." >&2
        exit 1
    fi
fi
exec python -m bot "$@"
