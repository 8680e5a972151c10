% Kochenderfer, Wheeler & Wray, Algorithms for Decision Making (2022), Eq. 7.16 (the Bellman backup of value
% iteration), from memory of the printing; T(s' | s, a) the transition model, declared in its arguments' order
R \in \mathbb{R}^{S \times A}, T \in \mathbb{R}^{S \times S \times A}, U_k \in \mathbb{R}^{S}, \gamma \in \mathbb{R}

U_{k+1}(s) = \max_a \left( R(s, a) + \gamma \sum_{s'} T(s' \mid s, a) U_k(s') \right)
