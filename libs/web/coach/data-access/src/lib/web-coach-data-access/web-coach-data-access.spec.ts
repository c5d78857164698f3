import { ComponentFixture, TestBed } from '@angular/core/testing';
import { WebCoachDataAccess } from './web-coach-data-access';

describe('WebCoachDataAccess', () => {
  let component: WebCoachDataAccess;
  let fixture: ComponentFixture<WebCoachDataAccess>;

  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [WebCoachDataAccess],
    }).compileComponents();

    fixture = TestBed.createComponent(WebCoachDataAccess);
    component = fixture.componentInstance;
    await fixture.whenStable();
  });

  it('should create', () => {
    expect(component).toBeTruthy();
  });
});
