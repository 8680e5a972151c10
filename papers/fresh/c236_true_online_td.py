from h import *
rng=np.random.default_rng(236); d=5; z,x,w,w1=[rng.normal(size=d) for _ in range(4)]; g,l,a,dt=0.9,0.8,0.1,0.5
Z,X,Wt,W1=T(z),T(x),T(w),T(w1); zt=g*l*Z+(1-a*g*l*(Z@X))*X
run('c236_true_online_td', {r'\mathbf{z}_{t-1}':z,r'\mathbf{x}_t':x,r'\mathbf{w}_t':w,r'\mathbf{w}_{t-1}':w1,r'\gamma':g,r'\lambda':l,r'\alpha':a,r'\delta_t':dt},
    (Wt+a*dt*zt+a*(Wt@X-W1@X)*(zt-X)).numpy(), fn=r'\mathbf{w}_{t+1}')
