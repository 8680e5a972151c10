% Long-tail learning via logit adjustment, Menon et al. (2021), Eq. 10: the logit-adjusted softmax cross-
% entropy for one example with label y among L classes; f(x) the logits, \pi the class priors (prose)
f(x) \in \mathbb{R}^{L}, \pi \in \mathbb{R}^{L}, y \in \{1, \dots, L\}, \tau \in \mathbb{R}

\ell(y, f(x)) = -\log \frac{e^{f_y(x) + \tau \cdot \log \pi_y}}{\sum_{y' \in [L]} e^{f_{y'}(x) + \tau \cdot \log \pi_{y'}}}
