% rsLoRA, Kalajdzievski (2023), Sec. 3: the rank-stabilised scaling factor \gamma_r = \alpha / \sqrt{r} of the
% adapter BA of rank r (prose)
W_0 \in \mathbb{R}^{d \times k}, B \in \mathbb{R}^{d \times r}, A \in \mathbb{R}^{r \times k}, x \in \mathbb{R}^{k}, \alpha \in \mathbb{R}

\gamma_r = \frac{\alpha}{\sqrt{r}}
h = W_0 x + \gamma_r B A x
