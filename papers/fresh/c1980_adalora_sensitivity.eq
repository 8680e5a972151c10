% AdaLoRA: Adaptive Budget Allocation for Parameter-Efficient Fine-Tuning, Zhang et al. (ICLR 2023), Eqs. 8-10
% (from memory): the smoothed sensitivity and uncertainty of a weight w_ij and their product as its importance;
% W, its gradient and the previous smoothed values are matrices of one shape (declared from the prose)
w, \nabla_{w} \mathcal{L}, \overline{I}^{(t-1)}, \overline{U}^{(t-1)} \in \mathbb{R}^{m \times n}, \beta_1, \beta_2 \in \mathbb{R}

I(w_{ij}) = |w_{ij} \nabla_{w_{ij}} \mathcal{L}|
\overline{I}^{(t)}(w_{ij}) = \beta_1 \overline{I}^{(t-1)}(w_{ij}) + (1 - \beta_1) I^{(t)}(w_{ij})
\overline{U}^{(t)}(w_{ij}) = \beta_2 \overline{U}^{(t-1)}(w_{ij}) + (1 - \beta_2) \left| I^{(t)}(w_{ij}) - \overline{I}^{(t)}(w_{ij}) \right|
s^{(t)}(w_{ij}) = \overline{I}^{(t)}(w_{ij}) \cdot \overline{U}^{(t)}(w_{ij})
