% Reading rule: \sum_i A_{ii} is the trace (a repeated index on one tensor is its diagonal)
A \in \mathbb{R}^{n \times n}

t = \sum_i A_{ii}
