from django import template

register = template.Library()


@register.filter
def model_label(instance):
    """ "app_label.modelname" of a page or snippet, as the readability targets name page types."""
    return instance._meta.label_lower
