% Radenovic et al. (TPAMI 2018), "Fine-tuning CNN Image Retrieval with No Human Annotation", Eq. 3 (GeM pooling),
% written from memory of the printing; X_k the set of activations of feature map k, X \in R^{K x N} (prose)
\mathcal{X} \in \mathbb{R}^{K \times N}

f^{(g)}_k = \left( \frac{1}{|\mathcal{X}_k|} \sum_{x \in \mathcal{X}_k} x^{p_k} \right)^{\frac{1}{p_k}}
