% Balanced Meta-Softmax for long-tailed visual recognition, Ren et al. (2020), Eq. 4: the balanced softmax
% over k classes with n_j training samples of class j; \eta the logits (prose)
\eta \in \mathbb{R}^{k}, n \in \mathbb{R}^{k}

\hat{\phi}_j = \frac{n_j e^{\eta_j}}{\sum_{i=1}^{k} n_i e^{\eta_i}}
