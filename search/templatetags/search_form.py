from django import template

from search.forms import SearchForm

register = template.Library()


@register.simple_tag
def search_form(query, chosen_type, type_choices):
    """The form showing the search the view ran (its words and type, already cleaned by the view)."""
    return SearchForm(initial={"q": query, "type": chosen_type}, type_choices=type_choices)
