% Lilian Weng, "Contrastive Representation Learning" (2021), SwAV's swapped prediction term as printed there: the
% prototypes c_k are the rows of C, q_s the code of the other view
\mathbf{z}_t \in \mathbb{R}^{d}, \mathbf{q}_s \in \mathbb{R}^{K}, \mathbf{C} \in \mathbb{R}^{K \times d}, \tau \in \mathbb{R}

\mathbf{p}^{(k)}_t = \frac{\exp(\mathbf{z}_t^\top\mathbf{c}_k  / \tau)}{\sum_{k'}\exp(\mathbf{z}_t^\top \mathbf{c}_{k'} / \tau)}
\ell(\mathbf{z}_t, \mathbf{q}_s) = - \sum_k \mathbf{q}^{(k)}_s\log\mathbf{p}^{(k)}_t
