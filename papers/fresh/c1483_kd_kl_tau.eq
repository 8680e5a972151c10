% Knowledge distillation with the KL form and the tau^2 factor (Hinton et al. 2015, Sec. 2.1 "multiply them by
% T^2"), as printed in later KD papers, e.g. Decoupled KD (Zhao et al. 2022, Eq. 1 ff.; from memory of the
% printing): p^tau the teacher's and q^tau the student's softened probabilities over C classes, logits z^t, z^s
z^t, z^s \in \mathbb{R}^{C}, \tau \in \mathbb{R}

p_i^{\tau} = \frac{\exp(z^t_i / \tau)}{\sum_{j=1}^{C} \exp(z^t_j / \tau)}
q_i^{\tau} = \frac{\exp(z^s_i / \tau)}{\sum_{j=1}^{C} \exp(z^s_j / \tau)}
\mathcal{L}_{KD} = \tau^2 \sum_{i=1}^{C} p_i^{\tau} \log \frac{p_i^{\tau}}{q_i^{\tau}}
