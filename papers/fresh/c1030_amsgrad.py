from h import *
rng=np.random.default_rng(1030); d=6
x,g,m=(rng.normal(size=d) for _ in range(3)); v=np.abs(rng.normal(size=d)); vh=np.abs(rng.normal(size=d))*0.5
a,b1,b2=1e-2,0.9,0.99
mt=b1*T(m)+(1-b1)*T(g); vt=b2*T(v)+(1-b2)*T(g)**2; vht=torch.maximum(T(vh),vt)
run('c1030_amsgrad', {'x_t':x,'g_t':g,'m_{t-1}':m,'v_{t-1}':v,r'\hat{v}_{t-1}':vh,r'\alpha_t':a,r'\beta_{1t}':b1,r'\beta_2':b2},
    {'v_hat_t':vht.numpy(), 'x_t1':(T(x)-a*mt/vht.sqrt()).numpy()}, fn=[r'\hat{v}_t','x_{t+1}'])
