"""English data for the actor table: the words that open an actor's name without being part of it."""

# articles before an actor's name ("the Taliban"), as regular expressions
NAME_ARTICLES = ("the",)
# words for a kind of body before its name ("the group Islamic State")
BODY_WORDS = ("group", "organization", "movement")
