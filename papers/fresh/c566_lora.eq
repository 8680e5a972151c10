% LoRA, Hu et al. (2021), Eq. 3 with the alpha/r scaling of Sec. 4.1
W_0 \in \mathbb{R}^{d \times k}, B \in \mathbb{R}^{d \times r}, A \in \mathbb{R}^{r \times k}, x \in \mathbb{R}^{k}, \alpha \in \mathbb{R}

h = W_0 x + \Delta W x = W_0 x + \frac{\alpha}{r} B A x
