from h import *
rng=np.random.default_rng(884); d=5; w,x,x1=(rng.normal(size=d) for _ in range(3)); R,a,g=0.4,0.05,0.9
W,X,X1=T(w),T(x),T(x1)
run('c884_semi_grad_td0', {r'\mathbf{w}_t':w,r'\mathbf{x}_t':x,r'\mathbf{x}_{t+1}':x1,'R_{t+1}':R,r'\alpha':a,r'\gamma':g}, (W+a*(R+g*W@X1-W@X)*X).numpy())
