% Goodfellow, Bengio & Courville, Deep Learning, Section 10.10.2, Eqs. 10.45-10.47 (the gated recurrent unit written
% element by element, gates u and r labelled by superscripts), as printed; one step with x^{(t-1)}, h^{(t-1)} given
x^{(t-1)} \in \mathbb{R}^{n}, h^{(t-1)} \in \mathbb{R}^{d}, U^u \in \mathbb{R}^{d \times n}, W^u \in \mathbb{R}^{d \times d}, b^u \in \mathbb{R}^{d}, U^r \in \mathbb{R}^{d \times n}, W^r \in \mathbb{R}^{d \times d}, b^r \in \mathbb{R}^{d}, U \in \mathbb{R}^{d \times n}, W \in \mathbb{R}^{d \times d}, b \in \mathbb{R}^{d}

h_i^{(t)} = u_i^{(t-1)} h_i^{(t-1)} + (1 - u_i^{(t-1)}) \sigma\left( b_i + \sum_j U_{i,j} x_j^{(t-1)} + \sum_j W_{i,j} r_j^{(t-1)} h_j^{(t-1)} \right)
u_i^{(t)} = \sigma\left( b_i^u + \sum_j U_{i,j}^u x_j^{(t)} + \sum_j W_{i,j}^u h_j^{(t)} \right)
r_i^{(t)} = \sigma\left( b_i^r + \sum_j U_{i,j}^r x_j^{(t)} + \sum_j W_{i,j}^r h_j^{(t)} \right)
