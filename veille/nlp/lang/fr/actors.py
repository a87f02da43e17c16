"""French data for the actor table: the words that open an actor's name without being part of it."""

# articles before an actor's name ("l'ONU", "le groupe Etat islamique"), as regular expressions, tried
# in this order (a shorter one that begins a longer one is tried first, as it always was)
NAME_ARTICLES = ("le", "la", "les", "l['’]", "du", "des", "de la", "de l['’]")
# words for a kind of body before its name ("le groupe Etat islamique", "le mouvement Hamas")
BODY_WORDS = ("groupe", "organisation", "mouvement")
