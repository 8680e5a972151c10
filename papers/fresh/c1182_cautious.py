from h import *
rng=np.random.default_rng(1182); d=8; w,u,g=(rng.normal(size=d) for _ in range(3)); e=0.01
phi=(u*g>0).astype(float); run('c1182_cautious', {'w_t':w,'u_t':u,'g_t':g,r'\epsilon_t':e}, w-e*d/(phi.sum()+1)*phi*u, fn='w_{t+1}')
