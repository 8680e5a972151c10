% AdaBoost.M1, Hastie, Tibshirani & Friedman, ESL (2009), Algorithm 10.1 steps 2(b)-(d): the weighted
% error, the classifier weight and the new observation weights; G_m(x_i) the classifier outputs (prose)
w, y, G_m(x) \in \mathbb{R}^{N}

\mathrm{err}_m = \frac{\sum_{i=1}^{N} w_i I(y_i \neq G_m(x_i))}{\sum_{i=1}^{N} w_i}
\alpha_m = \log((1 - \mathrm{err}_m)/\mathrm{err}_m)
w_i \leftarrow w_i \cdot \exp[\alpha_m \cdot I(y_i \neq G_m(x_i))], \ i = 1, 2, \dots, N
