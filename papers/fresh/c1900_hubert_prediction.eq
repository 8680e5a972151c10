% HuBERT, Hsu et al. (2021), Sec. II.C (the distribution over the C codewords at frame t for the k-th cluster
% ensemble), from memory of the printing: A^(k) the projection, o_t the transformer output, e_c the embedding of
% codeword c (rows of e); sim the cosine similarity (prose), defined as a user would
A^{(k)} \in \mathbb{R}^{D \times H}, o_t \in \mathbb{R}^{H}, e \in \mathbb{R}^{C \times D}, \tau = 0.1

\mathrm{sim}(a, b) = \frac{a^\top b}{\|a\| \|b\|}
p_f^{(k)}(c \mid \tilde{X}, t) = \frac{\exp(\mathrm{sim}(A^{(k)} o_t, e_c) / \tau)}{\sum_{c'=1}^{C} \exp(\mathrm{sim}(A^{(k)} o_t, e_{c'}) / \tau)}
