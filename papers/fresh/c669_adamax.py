from h import *
rng=np.random.default_rng(669); d=6; m,g,th=(rng.normal(size=d) for _ in range(3)); u=np.abs(rng.normal(size=d)); a,b1,b2,t=0.002,0.9,0.999,4
M=b1*T(m)+(1-b1)*T(g); U=torch.maximum(b2*T(u),T(g).abs())
run('c669_adamax', {'m_{t-1}':m,'u_{t-1}':u,'g_t':g,r'\theta_{t-1}':th,r'\alpha':a,r'\beta_1':b1,r'\beta_2':b2,'t':t},
    (T(th)-(a/(1-b1**t))*M/U).numpy(), fn=r'\theta_t')
