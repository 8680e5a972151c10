from h import *
rng=np.random.default_rng(204); n,k=4,3
w,g,v=rng.normal(size=(n,k)),rng.normal(size=(n,k)),rng.normal(size=(n,k)); m,b,gm=0.9,5e-4,0.1
lam=T(w).norm()/(T(g).norm()+b*T(w).norm()); v1=m*T(v)+gm*lam*(T(g)+b*T(w))
run('c204_lars', {'w_t^l':w,'g_t^l':g,'v_t^l':v,'m':m,r'\beta':b,r'\gamma_{t+1}':gm}, (T(w)-v1).numpy(), fn='w_{t+1}^l')
