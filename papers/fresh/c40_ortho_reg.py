from h import *
rng=np.random.default_rng(41); n,k=5,3; W=rng.normal(size=(n,k)); beta=1e-4
exp=beta*((T(W).T@T(W)-torch.eye(k))**2).sum()
run('c40_ortho_reg', {'W':W,'I':np.eye(k),'\\beta':beta}, exp.numpy(), rtol=1e-4, atol=1e-9)
