% LoRA's forward pass for a batch (Hu et al., 2021, Eq. 3 and Sec. 4.1): Delta W is named in the middle
% form only; the scale alpha/r applies to BA
X \in \mathbb{R}^{n \times k}, W_0 \in \mathbb{R}^{k \times d}, A \in \mathbb{R}^{k \times r}, B \in \mathbb{R}^{r \times d}, \alpha \in \mathbb{R}

H = X W_0 + X \Delta W = X W_0 + \frac{\alpha}{r} X A B
