from h import *
rng=np.random.default_rng(1456); D,N=3,4; X=rng.normal(size=(D,N)); bs=[rng.normal(size=D) for _ in range(3)]; Os=[rng.normal(size=(D,D)) for _ in range(3)]
Vv,Qq,Kk=[T(b)[:,None]+T(O)@T(X) for b,O in zip(bs,Os)]
exp=Vv@torch.softmax(Kk.T@Qq,0)
I={r'\mathbf{X}':X}
for nm,b,O in zip('vqk',bs,Os): I[r'\boldsymbol\beta_'+nm]=b; I[r'\boldsymbol\Omega_'+nm]=O
run('c1456_prince_self_attention', I, exp.numpy(), fn=r'\mathbf{Sa}')
