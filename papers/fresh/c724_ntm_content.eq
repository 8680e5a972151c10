% Neural Turing machines, Graves, Wayne & Danihelka (2014), Eqs. 5-6: content addressing of the N x M memory M_t
% by the key k_t of length M with key strength \beta_t; M_t(i) is row i of the memory (prose)
M_t \in \mathbb{R}^{N \times M}, \mathbf{k}_t \in \mathbb{R}^{M}, \beta_t \in \mathbb{R}

w^c_t(i) \longleftarrow \frac{\exp\left(\beta_t K\left[\mathbf{k}_t, \mathbf{M}_t(i)\right]\right)}{\sum_j \exp\left(\beta_t K\left[\mathbf{k}_t, \mathbf{M}_t(j)\right]\right)}
K[\mathbf{u}, \mathbf{v}] = \frac{\mathbf{u} \cdot \mathbf{v}}{\|\mathbf{u}\| \cdot \|\mathbf{v}\|}
