% LoRA (Hu et al., 2021, Eq. 3): \Delta W = BA is said in prose, so the middle form is a step of the derivation.
W_0 \in \mathbb{R}^{d \times k}, B \in \mathbb{R}^{d \times r}, A \in \mathbb{R}^{r \times k}, x \in \mathbb{R}^{k}
h = W_0 x + \Delta W x = W_0 x + B A x
% ~WARNING W0251
