# Prints the completions zsh offers for the line in $1, with the completion script $2 loaded (zpty: a real
# interactive zsh, completion triggered by a tab; compadd wrapped to record the candidates).
zmodload zsh/zpty
zpty z zsh -f -i
zpty -w z "PROMPT=; autoload -Uz compinit; compinit -u -D; source $2; compdef _goleaklint goleaklint"
zpty -w z 'compadd() { local -a hits; builtin compadd -O hits "$@"; captured+=( $hits ); builtin compadd "$@"; }'
zpty -w z 'report() { print -r -- $'"'"'\x3c\x3c'"'"'"${(j: :)${(ou)captured}}"$'"'"'\x3e\x3e'"'"'; }'
zpty -w z 'comppostfuncs=( report ); captured=()'
zpty -w z "$1"$'\t'
while zpty -r z line; do
  if [[ $line == *'<<'*'>>'* ]]; then print -r -- "${${line#*<<}%%>>*}"; break; fi
done
zpty -d z
