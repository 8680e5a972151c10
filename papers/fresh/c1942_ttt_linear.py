from h import *
rng=np.random.default_rng(1942); d=3
W=rng.normal(size=(d,d)); K,V,Q=(rng.normal(size=(d,d)) for _ in range(3)); x=rng.normal(size=d); eta=0.1
Wt=T(W).clone().requires_grad_(True); l=((Wt@(T(K)@T(x))-T(V)@T(x))**2).sum(); g,=torch.autograd.grad(l,Wt)
W1=T(W)-eta*g
run('c1942_ttt_linear', {'W_{t-1}':W,r'\theta_K':K,r'\theta_V':V,r'\theta_Q':Q,'x_t':x,r'\eta':eta},
    {'w_t':W1.numpy(),'z_t':(W1@T(Q)@T(x)).numpy()}, fn=['W_t','z_t'])
